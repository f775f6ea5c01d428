namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted by" / "ANN Congressional Producer Ted Barrow": a blog template prints the byline's label in an element of its
/// own, so a dump puts it on a line alone over the name. The two lines are one byline. A news template may set the bare
/// "By" ("Von", "Par", "Por", "Door") over its writers as a list, one item each ("Von" / "* Karl Obermeier"): then the
/// label and the names are one byline too.
/// </summary>
internal static class LoneBylineLabel
{
    // "Written by" / "Karen Delacourt" is read already: the bare name over the date is a byline, and "Written by Name" on one
    // line is a blog platform's writer card.
    private static readonly WordSet Labels = new(["posted by", "posted by:"]);

    private static readonly WordSet BareLabels = new(["by", "von", "par", "por", "door"]);

    private const int MaxNameLineLength = 80;

    /// <summary>Writers a byline's list names at most.</summary>
    private const int MaxListedNames = 4;

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

            if (BareLabels.Contains(line.Text) && ListedNames(lines, i + 1) is { Count: > 0 } names)
            {
                result ??= lines[..i];
                result.Add(line with { Text = line.Text + " " + string.Join(", ", names.Select(index => WithoutBullet(lines[index].Text))) });
                i = names[^1];
                continue;
            }

            result?.Add(line);
        }

        return result ?? lines;
    }

    /// <summary>The lines of the bulleted names right under a bare label (a blank line may part them from it), or none.</summary>
    private static List<int> ListedNames(List<TextLine> lines, int start)
    {
        var names = new List<int>(1);
        var i = start < lines.Count && lines[start].IsBlank ? start + 1 : start;
        for (; i < lines.Count && names.Count <= MaxListedNames && IsBulletedName(lines[i].Text); i++)
        {
            names.Add(i);
        }

        return names.Count <= MaxListedNames ? names : [];
    }

    private static bool IsBulletedName(string text) =>
        text.Length <= MaxNameLineLength && TextBrowserBullet.Opens(text) && WithoutBullet(text) is var name && Words.LooksLikeName(name) && Words.Count(name) <= 4;

    private static string WithoutBullet(string text) => text[2..].Trim();
}
