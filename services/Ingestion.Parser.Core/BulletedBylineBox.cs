namespace Ingestion.Parser.Core;

/// <summary>
/// "*" / "+ Kelsey Marr" / "*" / "+ Sep 14, 2021": a byline box a template builds as a list whose items hold no text of
/// their own, each wrapping a one-item list of its field (the writer, then the date). A text browser prints every outer
/// item as a lone bullet and the field under it as a nested item, so neither line reads as a byline. The two fields are
/// the bare name over the date, and are given back so, without their bullets.
/// </summary>
internal static class BulletedBylineBox
{
    private const int MaxFieldLength = 60;

    public static List<TextLine> Normalize(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            // Cheap gate: only a line that is a bullet alone opens the box.
            if (IsLoneBullet(lines[i].Text) && i + 3 < lines.Count && IsBox(lines, i))
            {
                result ??= lines[..i];
                result.Add(lines[i + 1] with { Text = Field(lines[i + 1].Text).ToString() });
                result.Add(lines[i + 3] with { Text = Field(lines[i + 3].Text).ToString() });
                i += 3;
                continue;
            }

            result?.Add(lines[i]);
        }

        return result ?? lines;
    }

    private static bool IsLoneBullet(string text) => text.Length == 1 && text[0] is '*' or '•';

    /// <summary>A lone bullet over a nested name, then a lone bullet over a nested date, with nothing between.</summary>
    private static bool IsBox(List<TextLine> lines, int start)
    {
        var name = lines[start + 1];
        var second = lines[start + 2];
        var date = lines[start + 3];
        if (!IsNestedUnder(lines[start], name) || !IsLoneBullet(second.Text) || second.Indent != lines[start].Indent || !IsNestedUnder(second, date))
        {
            return false;
        }

        var nameText = Field(name.Text);
        return nameText.Length is >= 5 and <= MaxFieldLength && !Words.EndsSentence(nameText) && Words.Count(nameText) is >= 2 and <= 4
            && Words.LooksLikePersonName(nameText) && Field(date.Text) is var dateText && dateText.Length <= MaxFieldLength
            && PageLines.Of(dateText.ToString()).TryParseDate(0, out _);
    }

    /// <summary>A nested list's item: indented deeper than the bullet over it, and opened by a list marker of its own.</summary>
    private static bool IsNestedUnder(TextLine bullet, TextLine item) =>
        item.Indent > bullet.Indent && item.Text.Length > 2 && Field(item.Text).Length < item.Text.Length;

    private static ReadOnlySpan<char> Field(string text) => CommentLine.StripMarker(text, out _);
}
