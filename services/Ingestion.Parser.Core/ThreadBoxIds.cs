using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a href="#forum"&gt;Comments (5)&lt;/a&gt;" in a story's tool row over "&lt;div id="forum"&gt;&lt;h3&gt;Discuss this story…&lt;/h3&gt;
/// &lt;div id="posts"&gt;…": a count link points at the box the thread sits in, which may be a box or two around the list
/// of comments itself. The ids of the list and of the boxes right around it are the targets such a link counts for.
/// </summary>
internal static class ThreadBoxIds
{
    /// <summary>How many boxes around the list are counted as the thread's: its section and the section's wrapper.</summary>
    private const int Levels = 2;

    /// <summary>The ids of the thread's list and of the boxes around it; <paramref name="parent"/> is the list's parent, given apart since the list may already be out of the document.</summary>
    public static IReadOnlyList<string> Of(IElement list, IElement? parent)
    {
        var ids = new List<string>(Levels + 1);
        if (list.Id is { Length: > 0 } own)
        {
            ids.Add(own);
        }

        // ThreadTopAnchor: "<a name="leserpost_start"></a>" opening the list marks the thread's start as an id would.
        if (ThreadTopAnchor.Name(list) is { } anchor)
        {
            ids.Add(anchor);
        }

        for (var (box, level) = (parent, 0); box is { LocalName: not ("body" or "html") } && level < Levels; box = box.ParentElement, level++)
        {
            if (box.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Whether a link's fragment names one of the boxes.</summary>
    public static bool Holds(IReadOnlyList<string> ids, ReadOnlySpan<char> target)
    {
        foreach (var id in ids)
        {
            if (target.SequenceEqual(id))
            {
                return true;
            }
        }

        return false;
    }
}
