using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… reverse its position on &lt;a class="meta-loc"&gt;Sudan&lt;/a&gt; and lift trade sanctions …": a link or span set inside a
/// sentence of a paragraph is a word of that sentence, whatever its class says. Templates mark topic links in the text
/// with classes ("meta-loc", "tag-link", "credit-name") whose parts also name furniture boxes; taking such a word out
/// leaves a hole in the sentence. A furniture row ("Posted in &lt;a class="tag"&gt;Politics&lt;/a&gt; | 3 comments") has no
/// small word on both sides of its links, so it is not held back by this.
/// </summary>
internal static class InlineWordInSentence
{
    /// <summary>Whether <paramref name="element"/> is an inline element with sentence text running on both sides of it.</summary>
    public static bool Holds(IElement element)
    {
        if (element.LocalName is not ("a" or "span" or "em" or "strong" or "b" or "i" or "abbr") || element.ParentElement is not { } parent)
        {
            return false;
        }

        var inText = parent.LocalName is "p" or "li" or "blockquote"
            || (parent.LocalName is "em" or "strong" or "b" or "i" && parent.ParentElement?.Nearest("p, li, blockquote") is not null);
        if (!inText)
        {
            return false;
        }

        return (ComesAfterSmallWord(element.PreviousSibling) && (GoesOnInSentence(element.NextSibling) || GoesOnWithNoun(element.NextSibling, parent)))
            || (parent.LocalName == "p" && OpensSentence(element, parent));
    }

    /// <summary>
    /// "… vor allem &lt;span class="modal-glossary"&gt;&lt;a&gt;Riesling&lt;/a&gt;&lt;/span&gt; Reben an, die …": German capitalises its nouns, so the
    /// sentence may go on from the link with a capital; inside a paragraph of prose that ends as a sentence, it does.
    /// </summary>
    private static bool GoesOnWithNoun(INode? after, IElement parent)
    {
        if (parent.LocalName != "p" || after is not IText text)
        {
            return false;
        }

        var data = text.Data.AsSpan();
        var trimmed = data.TrimStart();
        if (trimmed.Length == data.Length || trimmed.Length == 0 || !char.IsUpper(trimmed[0]))
        {
            return false;
        }

        var sentence = parent.TextContent.AsSpan().Trim();
        return sentence.Length >= 80 && sentence[^1] is '.' or '!' or '?' or '"' or '”' or ')';
    }

    /// <summary>
    /// "&lt;p&gt;&lt;a class="meta-org"&gt;Harlow Mills&lt;/a&gt;’s $2.1 billion offer for …&lt;/p&gt;": a topic link opening a paragraph of running text is
    /// its first word when the sentence goes on from it, in its possessive or with a word in small letters. A furniture
    /// row opening with such a link ("&lt;a class="tag"&gt;Politics&lt;/a&gt; | 3 comments") goes on with neither, and a short
    /// line is no paragraph of prose.
    /// </summary>
    private static bool OpensSentence(IElement element, IElement paragraph)
    {
        if (element.PreviousSibling is { } before && (before is not IText text || !string.IsNullOrWhiteSpace(text.Data)))
        {
            return false;
        }

        if (element.NextSibling is not IText after || !(IsPossessive(after.Data) || after.Data.StartsWith(',') || GoesOnWithSmallWord(after.Data)))
        {
            return false;
        }

        var sentence = paragraph.TextContent.AsSpan().Trim();
        return sentence.Length >= 80 && sentence[^1] is '.' or '!' or '?' or '"' or '”' or ')';
    }

    /// <summary>" said on Monday": a space, then a word in small letters.</summary>
    private static bool GoesOnWithSmallWord(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length < text.Length && trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }

    /// <summary>"’s $2.1 billion offer", "'s decision": the link's word in its possessive.</summary>
    private static bool IsPossessive(string text) =>
        text.Length > 2 && text[0] is '\'' or '’' && text[1] == 's' && !char.IsLetter(text[2]);

    /// <summary>"position on ", "neighboring ": the text just before ends in a word in small letters and a space.</summary>
    private static bool ComesAfterSmallWord(INode? before)
    {
        if (before is not IText text)
        {
            return false;
        }

        var data = text.Data.AsSpan().TrimEnd();
        if (data.Length == text.Data.Length || data.Length == 0 || !(char.IsLower(data[^1]) || data[^1] == ','))
        {
            return false;
        }

        // "By <span class="byline">Name</span> and …": a byline's names follow "by", and a byline is furniture.
        var lastSpace = data.LastIndexOfAny(' ', '\u00a0');
        var lastWord = lastSpace < 0 ? data : data[(lastSpace + 1)..];
        return !lastWord.Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>" and lift …", ", cease …", ".": the text just after goes on with a word in small letters or closes the clause.</summary>
    private static bool GoesOnInSentence(INode? after)
    {
        if (after is not IText text)
        {
            return false;
        }

        var data = text.Data.AsSpan();
        if (data.Length == 0)
        {
            return false;
        }

        if (data[0] is ',' or ';' or '.' or ':' or ')')
        {
            return true;
        }

        var trimmed = data.TrimStart();
        return trimmed.Length < data.Length && trimmed.Length > 0 && char.IsLower(trimmed[0]);
    }
}
