using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted in &lt;a&gt;Education&lt;/a&gt; on Thursday, September 26, 2013 10:40 pm. | Tags: &lt;a&gt;…&lt;/a&gt;, &lt;a&gt;…&lt;/a&gt;": a
/// story-footer row whose tag label follows a pipe after other facts; the tags are the links after the label, not the
/// section link at the row's start.
/// </summary>
internal static class PipedLabel
{
    /// <summary>The known label ("Tags:") closing a text node after a pipe in <paramref name="row"/>, with that node; otherwise null.</summary>
    public static (string Text, INode Node)? After(IElement row)
    {
        foreach (var node in row.ChildNodes)
        {
            if (node is not IText { Data: var data } text || data.LastIndexOf('|') is not (>= 0 and var pipe))
            {
                continue;
            }

            var label = data.AsSpan(pipe + 1).Trim();
            if (label is [.., ':'] && LabelledTagLinks.IsKnownLabel(label[..^1].Trim().ToString()))
            {
                return (label.ToString(), text);
            }
        }

        return null;
    }
}
