namespace Ingestion.Parser.Core;

/// <summary>
/// "• Nachrichten" / "• Das Blatt" / "• Ein Albtraum" … "Ein Albtraum" / first paragraph: a short headline, too short for
/// the headline rules, that the breadcrumb above ends with. A text rendering lists the breadcrumb's links one per line;
/// its last item is the story itself, so the line right over the text that repeats it is the headline, not the first
/// name-like line of the menu.
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
}
