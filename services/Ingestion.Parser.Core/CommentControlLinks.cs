using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A webcomic host's comment header prints the commenter's name, the time and the owner's controls as inline siblings:
/// "&lt;span class="authordata"&gt;Name&lt;/span&gt; &lt;span class="posttime"&gt;8th May 2020, 6:26 PM&lt;/span&gt;
/// &lt;span class="commentcontrol"&gt;&lt;a&gt;edit&lt;/a&gt; &lt;a&gt;delete&lt;/a&gt; &lt;a&gt;reply&lt;/a&gt;&lt;/span&gt;". Rendered, the three
/// run into one line, "Name 8th May 2020, 6:26 PM edit delete reply", which no header rule reads. An element holding
/// nothing but two or more links whose whole texts are such control words (edit, delete, reply, report, quote, flag) is
/// the controls' row, no text, when one of them is an owner's control (edit, delete): it goes, and the name and time are
/// a header again. A reader's row alone ("Reply Quote Report" under the text) stays for the line rules, which drop it and
/// read it as the comment's end; a row with any other text or element (a "|" separator span, a vote count) stays too.
/// </summary>
internal static class CommentControlLinks
{
    private static readonly WordSet ControlWords = new(["edit", "delete", "reply", "report", "quote", "flag", "remove", "hide"]);

    private static readonly WordSet OwnerWords = new(["edit", "delete", "remove", "hide"]);

    public static void Remove(IElement container) => MatchingElements.Remove(container, "span, div", IsControlRow);

    private static bool IsControlRow(IElement element)
    {
        // Cheap gates first: two links or more and no other child element.
        if (element.ChildElementCount < 2)
        {
            return false;
        }

        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName != "a" || child.ChildElementCount > 0 || !ControlWords.Contains(child.TextContent.AsSpan().Trim()))
            {
                return false;
            }
        }

        var owners = false;
        for (var link = element.FirstElementChild; link is not null && !owners; link = link.NextElementSibling)
        {
            owners = OwnerWords.Contains(link.TextContent.AsSpan().Trim());
        }

        if (!owners)
        {
            return false;
        }

        // No loose text between the links but spaces.
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node.NodeType == NodeType.Text && !node.TextContent.AsSpan().IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }
}
