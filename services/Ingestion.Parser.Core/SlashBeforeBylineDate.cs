namespace Ingestion.Parser.Core;

/// <summary>
/// "By Mara Quell &amp; Tobin Ashgrove / Published 30th December 2014": a byline row parts the names from the date with a
/// slash, as others do with a bar; the date after it is no name, and read as the last name's words it stopped the list
/// after the first writer. Cut only where the rest after " / " reads as a date line, so "Redacción / Name" (a desk and
/// the writer) and "Name / The Paper" keep their slash for the rules that read them.
/// </summary>
internal static class SlashBeforeBylineDate
{
    public static ReadOnlySpan<char> Cut(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf(" / ", StringComparison.Ordinal);
        return at > 0 && DateLineParser.TryParseLine(text[(at + 3)..].Trim(), out _) ? text[..at] : text;
    }
}
