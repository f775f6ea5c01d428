namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted by" / "ANN Congressional Producer Ted Barrow": a blog template prints the byline's label in an element of its
/// own, so a dump puts it on a line alone over the name. The two lines are one byline.
/// </summary>
internal static class LoneBylineLabel
{
    // "Written by" / "Karen Delacourt" is read already: the bare name over the date is a byline, and "Written by Name" on one
    // line is a blog platform's writer card.
    private static readonly WordSet Labels = new(["posted by", "posted by:"]);

    private const int MaxNameLineLength = 80;

    public static List<TextLine> Join(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Labels.Contains(line.Text) && i + 1 < lines.Count && lines[i + 1] is { IsBlank: false } name
                && name.Text.Length <= MaxNameLineLength && char.IsUpper(name.Text[0]) && !Words.EndsSentence(name.Text))
            {
                result ??= lines[..i];
                result.Add(line with { Text = line.Text.TrimEnd(':') + " " + name.Text });
                i++;
                continue;
            }

            result?.Add(line);
        }

        return result ?? lines;
    }
}
