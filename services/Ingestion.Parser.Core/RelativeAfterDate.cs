namespace Ingestion.Parser.Core;

/// <summary>
/// "ramon_vdm · 06/11/2013 14:02 · hace 3 horas", "Name | March 4, 2013 9:12 am | 2 hours ago": a comment header that
/// prints the time twice, as a date and as the relative time a script keeps fresh. The date is the time; the relative
/// one only says how long ago the page was saved.
/// </summary>
internal static class RelativeAfterDate
{
    private static readonly string[] Separators = [" · ", " • ", " | ", " - ", " – ", " ("];

    public static bool TryParse(ReadOnlySpan<char> text, out PageTime time)
    {
        time = default;
        // Asked of every comment header's tail that is no date: a date and a count of hours both hold digits.
        if (!text.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        foreach (var separator in Separators)
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var relative = text[(at + separator.Length)..].TrimEnd(')');
            if (DateLineParser.TryParseLine(relative, out var shown) && shown.Relative
                && DateLineParser.TryParseLine(text[..at], out var date) && !date.Relative)
            {
                time = date;
                return true;
            }
        }

        return false;
    }
}
