using System.Buffers;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted in &lt;a&gt;Education&lt;/a&gt; on Thursday, September 26, 2013 10:40 pm. | Tags: &lt;a&gt;…&lt;/a&gt;, &lt;a&gt;…&lt;/a&gt;": a
/// story-footer row whose tag label follows a pipe after other facts; the tags are the links after the label, not the
/// section link at the row's start. A static site generator's meta row parts its facts by a middle dot and may leave the
/// colon out ("Published &lt;time&gt;3 March 2021&lt;/time&gt; · Tagged with &lt;a&gt;…&lt;/a&gt; &lt;a&gt;…&lt;/a&gt;"): a known label
/// after "·" or "•" heads the links too, with or without its colon.
/// </summary>
internal static class PipedLabel
{
    private static readonly SearchValues<char> Separators = SearchValues.Create("|·•");

    /// <summary>The known label ("Tags:") closing a text node after a pipe in <paramref name="row"/>, with that node; otherwise null.</summary>
    public static (string Text, INode Node)? After(IElement row)
    {
        foreach (var node in row.ChildNodes)
        {
            if (node is not IText { Data: var data } text || data.AsSpan().LastIndexOfAny(Separators) is not (>= 0 and var pipe))
            {
                continue;
            }

            var label = data.AsSpan(pipe + 1).Trim();
            // "… | Topic: <a>Ferries</a>": the singular label names the row's one tag (SingularTopicLabel).
            if (label.Length > 0 && ((LabelledTagLinks.IsKnownLabel(label.TrimEnd(':').Trim().ToString()) && (label is [.., ':'] || data[pipe] != '|')) || SingularTopicLabel.Is(label)))
            {
                return (label.ToString(), text);
            }
        }

        return null;
    }
}
