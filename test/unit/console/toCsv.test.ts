import { toCsv } from '../../../console/src/kpis/toCsv';

describe('KPI CSV: toCsv writes RFC 4180 that spreadsheets open safely', () => {
  it('writes a header row and one record per row, each ended by CRLF', () => {
    expect(
      toCsv(
        ['Category', 'Tickets'],
        [
          ['Delivery', 12],
          ['Billing', 0],
        ],
      ),
    ).toBe('Category,Tickets\r\nDelivery,12\r\nBilling,0\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['Carrier', 'Complaints'], [])).toBe('Carrier,Complaints\r\n');
  });

  it('quotes a field with a comma, and one with a double quote, doubling the quote', () => {
    expect(toCsv(['Product'], [['Cable, 2 m'], ['The "Pro" model']])).toBe(
      'Product\r\n"Cable, 2 m"\r\n"The ""Pro"" model"\r\n',
    );
  });

  it('quotes a field with a line break (LF, CR or CRLF) and keeps the break inside the field', () => {
    expect(toCsv(['Note'], [['two\nlines'], ['cr\ronly'], ['both\r\nkinds']])).toBe(
      'Note\r\n"two\nlines"\r\n"cr\ronly"\r\n"both\r\nkinds"\r\n',
    );
  });

  it('leaves a field without special characters unquoted, spaces included', () => {
    expect(toCsv(['Age'], [['4–24h'], [' padded ']])).toBe('Age\r\n4–24h\r\n padded \r\n');
  });

  it('writes null as an empty field and numbers as they are, decimals and negatives included', () => {
    expect(
      toCsv(
        ['Rate', 'Percent', 'Delta'],
        [
          ['Reopen rate', null, -3],
          ['SLA breach rate', 12.5, 0.25],
        ],
      ),
    ).toBe('Rate,Percent,Delta\r\nReopen rate,,-3\r\nSLA breach rate,12.5,0.25\r\n');
  });

  it('writes a non-finite number as an empty field rather than "NaN" or "Infinity"', () => {
    expect(toCsv(['Value'], [[Number.NaN], [Number.POSITIVE_INFINITY]])).toBe('Value\r\n\r\n\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+49 151 1234567', `'+49 151 1234567`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `"'\r=1+1"`],
  ])('prefixes text that starts like a formula with a single quote: %j', (text, field) => {
    expect(toCsv(['Product'], [[text]])).toBe(`Product\r\n${field}\r\n`);
  });

  it('protects header cells too, and leaves a formula sign later in the text alone', () => {
    expect(toCsv(['=cmd', 'a=b'], [['x-1', 'mail@example.com']])).toBe(`'=cmd,a=b\r\nx-1,mail@example.com\r\n`);
  });
});
