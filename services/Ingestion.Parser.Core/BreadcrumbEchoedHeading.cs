namespace Ingestion.Parser.Core;

/// <summary>
/// "• Nachrichten" / "• Das Blatt" / "• Ein Albtraum" … "Ein Albtraum" / first paragraph: a short headline, too short for
/// the headline rules, that the breadcrumb above ends with. A text rendering lists the breadcrumb's links one per line;
/// its last item is the story itself, so the line right over the text that repeats it is the headline, not the first
/// name-like line of the menu. A trail printed on one line ("Home » Vegan Desserts » Peanut Butter Truffles") ends with
/// the story's headline too: the line right under it that repeats its last crumb is the headline, however short, though
/// the byline, buttons or a rating stand between it and the text.
/// </summary>
internal static class BreadcrumbEchoedHeading
{
    public static int Over(PageLines lines, int firstProse, Func<int, bool> isShortHeading)
    {
        var heading = lines.PreviousNonBlank(firstProse);
        if (heading <= 0 || !isShortHeading(heading))
        {
            return -1;
        }

        var text = lines[heading].Text.AsSpan().Trim();
        for (var i = heading - 1; i >= 0; i--)
        {
            var item = lines[i].Text.AsSpan().Trim();
            if (item.Length == text.Length + 2 && item[0] is '•' or '*' && item[1] == ' ' && item[2..].SequenceEqual(text))
            {
                return heading;
            }
        }

        return -1;
    }

    private static readonly string[] TrailSeparators = [" » ", " › ", " > "];

    /// <summary>Whether the line right above <paramref name="index"/> is a one-line trail whose last crumb it repeats.</summary>
    public static bool EchoesTrailAbove(PageLines lines, int index)
    {
        var trail = lines.PreviousNonBlank(index);
        if (trail < 0)
        {
            return false;
        }

        var crumb = lines[index].Text.AsSpan().Trim();
        var text = lines[trail].Text.AsSpan().Trim();
        if (crumb.IsEmpty || text.Length <= crumb.Length + 3 || !text.EndsWith(crumb, StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[..^crumb.Length];
        foreach (var separator in TrailSeparators)
        {
            if (before.EndsWith(separator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
