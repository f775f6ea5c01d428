namespace Ingestion.Parser.Core;

/// <summary>
/// "Liebe Gartenfreundinnen und Gartenfreunde," over a club's notice, "Dear neighbours," over a letter: a greeting
/// that opens the text ends with a comma and addresses the readers. It is the text's first line, never its headline,
/// however short it is.
/// </summary>
internal static class SalutationLine
{
    private static readonly WordSet Greetings = new(
        "liebe", "lieber", "liebes", "hallo", "servus", "moin", "dear", "hello", "chers", "chères", "cher", "chère", "bonjour",
        "queridos", "queridas", "querido", "querida", "estimados", "estimadas", "hola", "cari", "carissimi", "beste");

    public static bool Is(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length is < 5 or > 200 || line[^1] != ',')
        {
            return false;
        }

        var space = line.IndexOf(' ');
        return space > 0 && Greetings.Contains(line[..space]) && char.IsUpper(line[0]);
    }

    /// <summary>
    /// "Frühjahrsputz 2015" / "Liebe Gartenfreundinnen und Gartenfreunde," / text: the short line right over the
    /// salutation, with no sentence or label ending, is the headline of the text the salutation opens, however few its
    /// words. A date, a byline or a menu line there is none.
    /// </summary>
    public static int HeadlineOver(PageLines lines, int salutation)
    {
        var above = lines.PreviousNonBlank(salutation);
        if (above < 0 || above < salutation - 2 || lines[above].Text.Trim() is not { Length: > 0 and <= MaxHeadlineLength } text
            || !Words.HasLetter(text) || Words.Count(text) > MaxHeadlineWords || text[^1] is '.' or ',' or ':' or ';' or '!' or '?' or ']' or ')' or '|'
            || lines.IsBoilerplate(above) || lines.IsCaption(above) || lines.TryParseDate(above, out _) || lines.TryReadMetadata(above, out _)
            || NavigationLine.Is(text) || SiteMenuLine.Is(text) || BylineParser.TryRead(text) is { Count: > 0 })
        {
            return -1;
        }

        return above;
    }

    private const int MaxHeadlineLength = 120;
    private const int MaxHeadlineWords = 12;
}
