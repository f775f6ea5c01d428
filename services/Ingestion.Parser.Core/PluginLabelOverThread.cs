namespace Ingestion.Parser.Core;

/// <summary>
/// "Post to Facebook" / "Facebook social plugin" / "Yuri Pankratov · Top Commenter" / "Finally someone …" /
/// "Reply · Like · 18 · September 25 at 6:52pm": the Facebook plugin's label usually closes its thread, but some pages
/// print it under the plugin's form and over the comments; there it opens the thread instead of ending the page.
/// </summary>
internal static class PluginLabelOverThread
{
    private static readonly PrefixSet PluginLabels = new(
        "facebook social plugin", "facebook comments plugin", "facebook comments-plugin", "plug-in commenti di facebook",
        "plugin de comentarios de facebook", "plugin social de facebook", "plug-in social do facebook");

    /// <summary>The lines a first comment takes at most before its button row: name, text, and a wrapped line or a badge.</summary>
    private const int FirstCommentLines = 4;

    public static bool Opens(PageLines lines, int index)
    {
        if (PluginLabels.MatchLength(lines[index].Text.AsSpan().Trim()) == 0)
        {
            return false;
        }

        var seen = 0;
        for (var i = index + 1; i < lines.Count && seen < FirstCommentLines; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            // A heading between ("Comments", "Add a comment...") leaves the label where it stood, over the page's other parts.
            if (lines.HeadingKind(i) != CommentHeadings.Kind.None)
            {
                return false;
            }

            if (seen > 0 && (CommentLine.IsReplyRow(text) || CommentLine.TryParseAfterActions(text, out _)))
            {
                return true;
            }

            seen++;
        }

        return false;
    }
}
