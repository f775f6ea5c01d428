namespace Ingestion.Parser.Core;

/// <summary>
/// "- Night Owls - the show that keeps you awake!" between a collective's paragraphs: a line set off by a dash, a name and
/// a second dash has the shape of a writer's sign-off ("— Marcus Bell - Staff Writer"), but it closes on an exclamation
/// or a question, as a crosshead, a slogan or a list entry's gloss does. A sign-off names a writer and a role, a place or
/// an outlet; it never exclaims or asks, and such a line is the text's own.
/// </summary>
internal static class ExclamationDashLine
{
    public static bool Is(ReadOnlySpan<char> line)
    {
        // "… déranger ! »", "… awake!)": the mark before a closing quote or bracket, French spacing before it.
        var text = line.TrimEnd(" \u00a0\u202f\t\"'”’»)");
        return text.Length > 0 && text[^1] is '!' or '?';
    }
}
