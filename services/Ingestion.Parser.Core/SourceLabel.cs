namespace Ingestion.Parser.Core;

/// <summary>
/// "Source:" / "Al Waha and agencies": a broadcaster prints the story's sources under a label alone on its line, under
/// the text; the label and the short line under it are no paragraphs.
/// </summary>
internal static class SourceLabel
{
    public static bool IsUnder(PageLines lines, int index)
    {
        var text = lines[index].Text;
        if (text.Length > 60 || Words.EndsSentence(text))
        {
            return false;
        }

        for (var i = index - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return lines[i].Text.AsSpan().Trim() is "Source:" or "Sources:";
            }
        }

        return false;
    }
}
