using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span&gt;am Dienstag, 07.11.2023 - 10:30&lt;/span&gt; &lt;a href="#kommentare"&gt;(Jetzt kommentieren)&lt;/a&gt;": a link
/// that jumps to the page's own comment section and says only the invitation ("Leave a comment", "Jetzt kommentieren")
/// is a button of the story's header, no text. Kept, it joined the date line it sits beside, which then read as a
/// paragraph. A link whose words hold a count ("12 comments") is left to the count readers, which run before it goes;
/// a jump to any other part of the page, and a link in a paragraph's sentence ("… what &lt;a href="#comments"&gt;readers
/// wrote&lt;/a&gt; …"), stay. The section is known by its name in the fragment ("#kommentare",
/// "#comments") or by the id or class of the element the fragment names.
/// </summary>
internal static class CommentJumpLink
{
    private const int LongestInvitation = 40;

    /// <summary>Names of a comment section's id or class, in the languages the parser meets: "comments", "kommentare", "comentarios".</summary>
    private static readonly string[] CommentSectionParts = ["comment", "komment", "comentar"];

    public static void Remove(IDocument document)
    {
        List<IElement>? links = null;
        foreach (var link in document.SelectAll("a[href^='#']"))
        {
            // The section itself has left the page by now (its comments were read first), so its name is asked of the
            // fragment, or of the element the fragment names where that is still there.
            if (link.GetAttribute("href") is ['#', _, ..] href && IsInvitation(link.TextContent) && link.Nearest("p") is null
                && (NamesCommentSection(href.AsSpan(1)) || (document.GetElementById(href[1..]) is { } target && !target.Contains(link)
                    && (NamesCommentSection(target.Id) || NamesCommentSection(target.ClassName)))))
            {
                (links ??= []).Add(link);
            }
        }

        foreach (var link in links ?? [])
        {
            link.Remove();
        }
    }

    /// <summary>Short words with a letter and no digit: an invitation, no count.</summary>
    private static bool IsInvitation(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is 0 or > LongestInvitation)
        {
            return false;
        }

        var hasLetter = false;
        foreach (var c in trimmed)
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }

    private static bool NamesCommentSection(ReadOnlySpan<char> name)
    {
        foreach (var part in CommentSectionParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
