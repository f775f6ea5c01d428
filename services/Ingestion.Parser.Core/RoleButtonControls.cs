using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="comment__vote" role="button"&gt;Vote up&lt;/span&gt;" (Remark42), "&lt;a role="button"&gt;Reply&lt;/a&gt;": a comment
/// widget's controls drawn as spans or links that the page marks as buttons. A real button never reaches the text;
/// these would, run into the comment's header ("Ruth Calloway May 14, 2021 at 11:02 AMVote up3Vote down") and hide
/// its name and time. Only a short leaf goes: a box marked as a button around a comment keeps its text.
/// </summary>
internal static class RoleButtonControls
{
    /// <summary>Longest control label kept out ("Show 12 more replies"); a comment is longer.</summary>
    private const int MaxLabelLength = 24;

    public static void Remove(IElement container) => MatchingElements.Remove(container, "[role='button']", IsControl);

    private static bool IsControl(IElement element) =>
        element.ChildElementCount == 0 && element.TextContent.AsSpan().Trim().Length <= MaxLabelLength;
}
