using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A comment's drop-down of controls: Disqus' "ul.post-menu" (data-role="menu") with its collapse signs and "Flag as
/// inappropriate", printed in the reader's language ("Marcar como inapropiado", "Als unangemessen melden"), and Bootstrap's
/// "ul.dropdown-menu" that comment widgets drew their "Report" and "Share" choices in. A browser shows the labels only
/// when the menu opens, never as part of what the reader wrote; left in, the label read as the comment's first paragraph
/// in any language no button word list knows. Only a short menu without paragraphs goes, so a box that a template marks
/// as a menu around a comment's text keeps it.
/// </summary>
internal static class CommentDropdownMenus
{
    /// <summary>Longest menu text removed: a few labels ("− + Flag as inappropriate Block user"); a comment's text is longer or has paragraphs.</summary>
    private const int MaxMenuTextLength = 80;

    public static void Remove(IElement container) =>
        MatchingElements.Remove(container, "[data-role='menu'], [role='menu'], ul.dropdown-menu", IsControlMenu);

    private static bool IsControlMenu(IElement menu) =>
        menu.SelectFirst("p") is null && menu.TextContent.AsSpan().Trim().Length <= MaxMenuTextLength;
}
