using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A Coral Talk stream rendered into the page whose build sets the writer's name as a button (it opens the user's
/// popover): "&lt;div class="coral-comment-username"&gt;&lt;button class="coral-username" aria-label="Gus Fairbanks"&gt;Gus
/// Fairbanks&lt;/button&gt;&lt;/div&gt;" over "&lt;time datetime="2019-06-12T23:05:41.118Z"&gt;11 hours ago&lt;/time&gt;", the
/// text in "div.coral-comment-content" and an action bar of buttons ("Respect 14", "Reply", "Report"). A button's label
/// never reaches the text, so read as it stands every comment loses its writer and its header; other builds set the
/// name in a span, which the reader takes as it stands. The name's button is set out as the span those builds use; the
/// action bar's buttons stay out of the text.
/// </summary>
internal static class CoralComments
{
    public static void Normalise(IElement container)
    {
        foreach (var button in container.SelectAll("button.coral-username").ToList())
        {
            // "In reply to <button>Deb</button>" names the comment answered, not the writer: only the name in the top bar.
            if (button.Nearest(".coral-comment-inReplyTo") is not null || button.Nearest(".coral-comment") is null)
            {
                continue;
            }

            var name = button.Owner!.CreateElement("span");
            name.ClassName = button.ClassName;
            name.TextContent = Whitespace.Collapse(button.TextContent).Trim();
            button.Replace(name);
        }
    }
}
