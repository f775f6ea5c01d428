namespace Ingestion.Parser.Core;

/// <summary>
/// "Topics:" / "agile ,release planning ,team process": a template that prints each tag in an element of its own with
/// its comma on a new line after the name ("&lt;span class="topics-tag"&gt;agile\n ,&lt;/span&gt;&lt;span …&gt;release planning\n ,")
/// comes out with a space before every comma and none after it. Such a line under a tag label separates its tags as
/// ", " does; a sentence puts its space after the comma, and a line with any comma written so is left to that reading.
/// </summary>
internal static class CommaGluedToNextTag
{
    public static bool Separates(ReadOnlySpan<char> text)
    {
        var commas = 0;
        for (var i = text.IndexOf(','); i >= 0; i = text[(i + 1)..].IndexOf(',') is >= 0 and var next ? i + 1 + next : -1)
        {
            if (i == 0 || text[i - 1] != ' ' || i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
            {
                return false;
            }

            commas++;
        }

        return commas > 0;
    }
}
