using System.Buffers;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A priority list of one-part selectors ("#comments", ".entry-content", "[itemprop='articleBody']",
/// "section[id*='comment']", "[class*='comments']"), matched in one walk of the document that reads each element's id
/// and class (and any other attribute they test) once. Asked one selector at a time, AngleSharp walked the whole document for every selector that matched
/// nothing: a tenth of an HTML page's time went to finding the comment container and the content root.
/// </summary>
internal sealed class SimpleSelectors
{
    private static readonly SearchValues<char> NameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    private readonly Selector[] _selectors;

    /// <summary>The attributes the selectors test, each read once per element.</summary>
    private readonly string[] _attributes;

    /// <summary>Which of the read attributes each selector tests.</summary>
    private readonly int[] _slots;

    public SimpleSelectors(params string[] selectors)
    {
        _selectors = [.. selectors.Select(Selector.Parse)];
        _attributes = [.. _selectors.Select(selector => selector.Attribute).Distinct()];
        _slots = [.. _selectors.Select(selector => Array.IndexOf(_attributes, selector.Attribute))];
    }

    /// <summary>The first match of the first selector that matches anything: what trying them in turn would find.</summary>
    /// <param name="accept">Whether a matching element counts; one that does not is passed over as if it did not match.</param>
    public IElement? FirstMatch(IDocument document, Func<IElement, bool>? accept = null) =>
        Walk(document, stopWhenFirstFound: true, accept).FirstOrDefault(element => element is not null);

    /// <summary>The first element, in document order, matched by each selector, in the order the selectors were given.</summary>
    public IElement?[] FirstOfEach(IDocument document) => Walk(document, stopWhenFirstFound: false);

    private IElement?[] Walk(IDocument document, bool stopWhenFirstFound, Func<IElement, bool>? accept = null)
    {
        var first = new IElement?[_selectors.Length];
        var values = new string?[_attributes.Length];
        var left = _selectors.Length;
        foreach (var element in DocumentOrder.Elements(document.DocumentElement))
        {
            ReadAttributes(element, values);
            for (var i = 0; i < _selectors.Length; i++)
            {
                if (first[i] is null && _selectors[i].Matches(element, values[_slots[i]]) && (accept is null || accept(element)))
                {
                    first[i] = element;
                    left--;
                }
            }

            if (left == 0 || (stopWhenFirstFound && first[0] is not null))
            {
                break;
            }
        }

        return first;
    }

    /// <summary>One pass over the element's attributes: AngleSharp's GetAttribute lower-cases the asked name on every call.</summary>
    private void ReadAttributes(IElement element, string?[] values)
    {
        Array.Clear(values);
        var attributes = element.Attributes;
        for (var a = 0; a < attributes.Length; a++)
        {
            var attribute = attributes[a]!;
            var slot = Array.IndexOf(_attributes, attribute.Name);
            if (slot >= 0)
            {
                values[slot] = attribute.Value;
            }
        }
    }

    private enum Test
    {
        Equals,
        Contains,
        HasToken,
    }

    /// <summary>One element test: an optional tag name and one attribute, its value compared case-sensitively, as CSS does.</summary>
    private sealed record Selector(string? Tag, string Attribute, Test Test, string Value)
    {
        public static Selector Parse(string text) => text[0] switch
        {
            '#' when IsName(text.AsSpan(1)) => new Selector(null, "id", Test.Equals, text[1..]),
            '.' when IsName(text.AsSpan(1)) => new Selector(null, "class", Test.HasToken, text[1..]),
            _ => ParseAttribute(text),
        };

        public bool Matches(IElement element, string? actual)
        {
            if (actual is null || (Tag is not null && element.LocalName != Tag))
            {
                return false;
            }

            return Test switch
            {
                Test.Equals => actual == Value,
                Test.Contains => actual.Contains(Value, StringComparison.Ordinal),
                _ => AttributeTokens.Contains(actual, Value),
            };
        }

        /// <summary>"tag[attribute='value']" or "tag[attribute*='value']", the tag optional.</summary>
        private static Selector ParseAttribute(string text)
        {
            var open = text.IndexOf('[', StringComparison.Ordinal);
            var operatorAt = text.IndexOf('=', StringComparison.Ordinal);
            var contains = operatorAt > 0 && text[operatorAt - 1] == '*';
            var tag = text.AsSpan(0, Math.Max(open, 0));
            var attribute = open < 0 || operatorAt < open ? default : text.AsSpan((open + 1)..(contains ? operatorAt - 1 : operatorAt));
            if (!IsName(attribute) || (!tag.IsEmpty && !IsName(tag)) || !text.EndsWith("']", StringComparison.Ordinal) || text[operatorAt + 1] != '\''
                || text.AsSpan((operatorAt + 2)..^2).Contains('\''))
            {
                throw new ArgumentException($"Not a one-part selector: {text}", nameof(text));
            }

            return new Selector(tag.IsEmpty ? null : tag.ToString(), attribute.ToString(), contains ? Test.Contains : Test.Equals, text[(operatorAt + 2)..^2]);
        }

        private static bool IsName(ReadOnlySpan<char> name) =>
            !name.IsEmpty && !name.ContainsAnyExcept(NameCharacters);
    }
}
