using System.Buffers;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="vote-none"&gt;0&lt;/span&gt;", "&lt;span class="vote-good"&gt;+7&lt;/span&gt;" (JComments): a comment's
/// vote tally in an element of its own. Rendered alone, a bare "0" reads as a count under the thread's heading and
/// swallows the first comment; it is neither text nor a count of comments. Remark42 names it a score
/// ("&lt;span class="comment__score-value"&gt;3&lt;/span&gt;") and sets it in the comment's header line. Only the score's
/// value element goes: Pluck's "pluck-score-count" stands beside the "Agree" link it counts, in a row read whole.
/// IntenseDebate names its tally "idc-v-total" ("&lt;span class="idc-v-total idc-v-pos"&gt;+4&lt;/span&gt;" beside its vote
/// arrows); read as a line of its own, "+4" took the comment's place in its header and the comment was lost.
/// </summary>
internal static class CommentVoteTallies
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789,");

    public static void Remove(IElement container) => MatchingElements.Remove(container, "span[class*='vote' i], div[class*='vote' i], span[class*='score-value' i], span[class~='idc-v-total']", IsTally);

    private static bool IsTally(IElement element)
    {
        if (element.Children.Length > 0)
        {
            return false;
        }

        var text = element.TextContent.AsSpan().Trim();
        if (text.Length is 0 or > 7)
        {
            return false;
        }

        var digits = text[0] is '+' or '-' or '−' ? text[1..] : text;
        return digits.Length > 0 && !digits.ContainsAnyExcept(Digits);
    }
}
