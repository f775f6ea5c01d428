using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="Quote"&gt;&lt;blockquote&gt;We fix what breaks. That is the whole job.&lt;/blockquote&gt;&lt;div
/// class="Quote-attribution"&gt;Name&lt;/div&gt;&lt;/div&gt;" set between the paragraphs, a paragraph or two after "“We fix what
/// breaks,” she said. “That is the whole job.”": a news template's pull quote box repeats a quotation of the text in large
/// type with the speaker's name under it. The reader reads the words once, in the paragraph. The sentence-by-sentence
/// comparison of <see cref="UnquotedPullQuote"/> misses it, the quote joining two quoted sentences the paragraph parts
/// with "she said" and its commas turned to full stops; so the quote's sentences are compared as letters and digits only,
/// each found in one paragraph beside the box in the quote's order. A box the template names a quote ("Quote",
/// "pull-quote", "quote-box") holding one blockquote goes with its wrapper and its attribution when so repeated; a
/// quotation box whose words the text does not repeat (a letter quoted at length, a tweet) stays.
/// Cost: once a page, a pass over the blockquotes, usually a few; for a short one in a quote box, the letters of it and of
/// at most four paragraphs on each side.
/// </summary>
internal static class RepeatedPullQuoteBox
{
    private const int LongestQuote = 400;

    /// <summary>The fewest letters of a quoted sentence compared, so "Yes." matches nothing by chance.</summary>
    private const int ShortestSentenceLetters = 20;

    /// <summary>Paragraphs looked at on each side of the box.</summary>
    private const int Reach = 4;

    private static readonly WordSet QuoteClass = new(["quote", "pullquote", "blockquote"]);

    public static void Remove(IDocument document)
    {
        List<IElement>? boxes = null;
        foreach (var quote in document.SelectAll("blockquote"))
        {
            var box = quote.ParentElement;
            if (box is null || !QuoteClass.ContainsNamePart(box.ClassName) || !NodeText.IsShorterThan(box, LongestQuote)
                || Sentences(quote.TextContent) is not { Count: > 0 } sentences)
            {
                continue;
            }

            // "<div class="Enhancement"><div class="Quote">…": the wrapper that holds nothing else goes with the box.
            var outer = box;
            while (outer.ParentElement is { ChildElementCount: 1, LocalName: not ("body" or "article" or "main") } wrapper)
            {
                outer = wrapper;
            }

            if (RepeatedBeside(outer, sentences))
            {
                (boxes ??= []).Add(outer);
            }
        }

        foreach (var box in boxes ?? [])
        {
            box.Remove();
        }
    }

    private static bool RepeatedBeside(IElement box, List<string> sentences)
    {
        var before = box.PreviousElementSibling;
        var after = box.NextElementSibling;
        for (var step = 0; step < Reach; step++)
        {
            if (before is { LocalName: "p" } && Holds(before.TextContent, sentences) || after is { LocalName: "p" } && Holds(after.TextContent, sentences))
            {
                return true;
            }

            before = before?.PreviousElementSibling;
            after = after?.NextElementSibling;
        }

        return false;
    }

    /// <summary>Whether the paragraph's letters hold each sentence's letters, in order.</summary>
    private static bool Holds(string paragraph, List<string> sentences)
    {
        var letters = Letters(paragraph);
        var at = 0;
        foreach (var sentence in sentences)
        {
            var found = letters.AsSpan(at).IndexOf(sentence, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at += found + sentence.Length;
        }

        return true;
    }

    /// <summary>The quote's sentences, each as its letters and digits in lower case; none when one is too short to tell.</summary>
    private static List<string> Sentences(string quote)
    {
        var sentences = new List<string>(2);
        var rest = quote.AsSpan().Trim();
        while (!rest.IsEmpty)
        {
            var stop = rest.IndexOfAny(".!?");
            while (stop >= 0 && stop + 1 < rest.Length && !char.IsWhiteSpace(rest[stop + 1]))
            {
                var next = rest[(stop + 1)..].IndexOfAny(".!?");
                stop = next < 0 ? -1 : stop + 1 + next;
            }

            var sentence = Letters(stop < 0 ? rest : rest[..stop]);
            if (sentence.Length < ShortestSentenceLetters)
            {
                return [];
            }

            sentences.Add(sentence);
            rest = stop < 0 ? [] : rest[(stop + 1)..].Trim();
        }

        return sentences;
    }

    private static string Letters(ReadOnlySpan<char> text)
    {
        var letters = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }
}
