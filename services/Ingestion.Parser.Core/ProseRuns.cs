using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// How much of an element's text is prose: runs of text outside links that end like a sentence and are long enough for a
/// paragraph. A hand-made page's rail writes forty headline links, or a calendar's "Oct. 12 - Grange supper" entries, into
/// one paragraph or font tag parted by line breaks (&lt;p&gt;&lt;font size="1"&gt;&lt;a …&gt;Fair board weighs …&lt;/a&gt;&lt;br&gt;…), more
/// text than the story beside it; the story's paragraphs are sentences.
/// </summary>
internal static class ProseRuns
{
    /// <summary>Shorter than most paragraphs of a story, longer than a rail's headline or calendar entry.</summary>
    private const int MinRun = 60;

    public static int Length(IElement element)
    {
        var length = 0;
        Add(element, ref length);
        return length;
    }

    /// <summary>The text's length when it is a run of prose, else 0.</summary>
    public static int Of(IText text)
    {
        var run = text.Data.AsSpan().Trim();
        return run.Length >= MinRun && Words.EndsSentence(run) ? run.Length : 0;
    }

    private static void Add(INode node, ref int length)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                length += Of(text);
            }
            else if (child is IElement element && element.LocalName != "a")
            {
                Add(element, ref length);
            }
        }
    }
}
