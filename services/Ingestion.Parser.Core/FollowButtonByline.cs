namespace Ingestion.Parser.Core;

/// <summary>
/// "Hannah Voss" / "Follow" / "Mar 3, 2018 · 4 min read": a blogging platform's byline, the writer's name over the
/// platform's "Follow" button and the date with the reading time. Over it, under the headline, stands the subtitle.
/// </summary>
internal static class FollowButtonByline
{
    public static bool Is(PageLines lines, int index, int end)
    {
        var name = lines[index].Text;
        if (name.Length is < 4 or > 40 || !Words.LooksLikePersonName(name))
        {
            return false;
        }

        var button = lines.NextNonBlank(index, end);
        if (button >= end || button - index > 2 || !lines[button].Text.AsSpan().Trim().Equals("Follow", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var date = lines.NextNonBlank(button, end);
        return date < end && date - button <= 2
            && (lines.TryParseDate(date, out _) || (lines.TryReadMetadata(date, out var found) && found.Time is not null));
    }
}
