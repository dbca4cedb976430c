import type { ReactNode } from 'react';

/*
 * Drawn inline (SVG), not emoji: a browser without an emoji font (this project's CI chromium, many kiosks) would show
 * empty boxes. Strokes use currentColor, so the icons take the text's colour and contrast.
 */
const ICONS: Record<string, { label: string; shape: ReactNode }> = {
  CHAT: { label: 'Chat', shape: <path d="M2 3h12v8H7l-3 3v-3H2z" /> },
  EMAIL: {
    label: 'Email',
    shape: (
      <>
        <rect x="1.5" y="3.5" width="13" height="9" rx="1" />
        <path d="M2 4l6 5 6-5" />
      </>
    ),
  },
  PHONE: {
    label: 'Phone',
    shape: (
      <path d="M4 1.5h2.5l1 3.5-1.8 1.2a8 8 0 0 0 4.1 4.1L11 8.5l3.5 1V12a2 2 0 0 1-2 2A11 11 0 0 1 2 3.5a2 2 0 0 1 2-2z" />
    ),
  },
  SOCIAL: {
    label: 'Social',
    shape: (
      <>
        <path d="M2 6.5h3l6-3.5v10l-6-3.5H2z" />
        <path d="M5 10l1 4h2l-1-4" />
      </>
    ),
  },
  WEB_FORM: {
    label: 'Web form',
    shape: (
      <>
        <rect x="2.5" y="1.5" width="11" height="13" rx="1" />
        <path d="M5 5h6M5 8h6M5 11h3" />
      </>
    ),
  },
};

/** A channel's icon with its name for screen readers (and as a tooltip). */
export function ChannelIcon({ channel }: { channel: string | null | undefined }) {
  if (!channel) return null;
  const icon = ICONS[channel];
  if (!icon) return <span className="channel-icon">{channel}</span>;
  return (
    <svg
      className="channel-icon"
      role="img"
      aria-label={icon.label}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.3"
      strokeLinejoin="round"
      strokeLinecap="round"
    >
      <title>{icon.label}</title>
      {icon.shape}
    </svg>
  );
}
