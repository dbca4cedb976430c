const ICONS: Record<string, { glyph: string; label: string }> = {
  CHAT: { glyph: '💬', label: 'Chat' },
  EMAIL: { glyph: '✉️', label: 'Email' },
  PHONE: { glyph: '📞', label: 'Phone' },
  SOCIAL: { glyph: '📣', label: 'Social' },
  WEB_FORM: { glyph: '📝', label: 'Web form' },
};

/** A channel's icon with its name for screen readers (and as a tooltip). */
export function ChannelIcon({ channel }: { channel: string | null | undefined }) {
  if (!channel) return null;
  const icon = ICONS[channel] ?? { glyph: '•', label: channel };
  return (
    <span className="channel-icon" role="img" aria-label={icon.label} title={icon.label}>
      {icon.glyph}
    </span>
  );
}
