namespace Ingestion.Parser.Core;

/// <summary>
/// "® 2016 Bustle": a site whose footer (or menu panel) prints its notice with the registered-trademark sign and the year
/// instead of "©" names its publication the same way a copyright line does. Read only when the page has no copyright line
/// at all, and only a line that opens with the sign and a year, so a product name with a trademark in the text
/// ("Velcro® straps") is never taken. Cost: one character compare per line, once per page, after the copyright search
/// found nothing.
/// </summary>
internal static class RegisteredMarkNotice
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 8 or > 80 || text[0] != '®')
        {
            return false;
        }

        var rest = text[1..].TrimStart();
        return rest.Length > 5 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3])
            && rest[4] == ' ' && char.IsLetter(rest[5]);
    }

    /// <summary>The notice after its sign ("2016 Bustle"), read as a copyright notice's holder part.</summary>
    public static ReadOnlySpan<char> WithoutSign(ReadOnlySpan<char> text) =>
        text.StartsWith("®", StringComparison.Ordinal) ? text[1..].TrimStart() : text;
}
