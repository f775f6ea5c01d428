using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The Facebook comments plugin (2011–2014) prints what the writer's profile says under the name: "Top Commenter ·
/// Waterford, Wisconsin", "Works at Tesch Auto Body", "Waterford Union High School". Saved pages keep it as a
/// "div.fsm.fwn.fcg" (or a span of those classes beside "a.profileName"), before the post's "div.postText". It is a
/// badge, a workplace or a town, no line of the comment.
/// </summary>
internal static class FacebookPluginSubtitles
{
    public static void Remove(IElement container)
    {
        foreach (var name in container.SelectAll(".fbFeedbackPost a.profileName").ToList())
        {
            var post = name.Nearest(".fbFeedbackPost");
            var text = post?.SelectFirst(".postText");
            if (post is null || text is null)
            {
                continue;
            }

            var holder = name.ParentElement!;
            var candidates = holder.Children.Where(IsSubtitle).ToList();
            if (holder.NextElementSibling is { } next && IsSubtitle(next))
            {
                candidates.Add(next);
            }

            foreach (var subtitle in candidates.Where(subtitle => subtitle.Nearest(".fbFeedbackPost") == post && !subtitle.Contains(text)))
            {
                subtitle.Remove();
            }
        }
    }

    /// <summary>The plugin's small grey text ("fsm fwn fcg") that holds neither the post's time nor its buttons.</summary>
    private static bool IsSubtitle(IElement element) =>
        element.ClassList.Contains("fsm") && element.ClassList.Contains("fcg")
        && element.SelectFirst("abbr, .action_links, .postText") is null && !element.ClassList.Contains("action_links");
}
