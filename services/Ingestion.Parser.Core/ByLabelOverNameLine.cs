namespace Ingestion.Parser.Core;

/// <summary>
/// "By" / "EDITH MARLOWE Associated Press": a news template prints the byline's bare label in an element of its own and the
/// writer's name with the wire service after it in the next, so the page's text has the label on a line alone over the
/// name. The two lines are one byline, as "By EDITH MARLOWE Associated Press" on one line is. Only a name with an agency
/// after it is taken: a bare name under the label is read as a byline already, and "By" over "Harbour News Correspondent"
/// (the site's desk, no writer) must stay as it is.
/// </summary>
internal static class ByLabelOverNameLine
{
    private static readonly WordSet BareLabels = new(["by", "von", "par", "por", "door"]);

    /// <summary>Words a byline's name runs to at most, the agency's words apart.</summary>
    private const int MaxNameWords = 4;

    public static List<TextLine> Join(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (BareLabels.Contains(line.Text) && i + 1 < lines.Count && lines[i + 1] is { IsBlank: false } name && IsNameLine(name.Text))
            {
                result ??= lines[..i];
                result.Add(line with { Text = line.Text + " " + name.Text });
                i++;
                continue;
            }

            result?.Add(line);
        }

        return result ?? lines;
    }

    /// <summary>"EDITH MARLOWE Associated Press", "Karen Olsen Agence France-Presse": a person's name with a wire service after it.</summary>
    private static bool IsNameLine(string text)
    {
        var agencyAt = WireServiceByline.TrailingServiceAt(text);
        return agencyAt > 0 && text.AsSpan(0, agencyAt).Trim() is var name && Words.Count(name) is >= 2 and <= MaxNameWords && Words.LooksLikePersonName(name);
    }
}
