using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// How long an element's text is, asked without joining it: <c>TextContent</c> copies every text node under the element
/// into a new string, which for a page's root or a rail is tens of thousands of characters read only to learn they are
/// more than a caption's hundred. The walk stops at the limit and allocates nothing.
/// </summary>
internal static class NodeText
{
    /// <summary>Whether the text under <paramref name="root"/> (its <c>TextContent</c>) runs past <paramref name="limit"/> characters.</summary>
    public static bool IsLongerThan(INode root, int limit)
    {
        var total = 0;
        var node = root.FirstChild;
        while (node is not null)
        {
            if (node is IText text && (total += text.Data.Length) > limit)
            {
                return true;
            }

            if (node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            while (node is not null && node != root && node.NextSibling is null)
            {
                node = node.Parent;
            }

            node = node is null || node == root ? null : node.NextSibling;
        }

        return false;
    }

    /// <summary>Whether the text under <paramref name="root"/> (its <c>TextContent</c>) is shorter than <paramref name="limit"/> characters.</summary>
    public static bool IsShorterThan(INode root, int limit) => !IsLongerThan(root, limit - 1);
}
