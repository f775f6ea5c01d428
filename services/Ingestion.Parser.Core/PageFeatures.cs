using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The tag names, class names and attribute names a page's elements have, read in one walk when the page is first
/// queried. What it holds may outlast a removal, never miss an addition: <see cref="SelectorNeeds"/> may only conclude
/// that a query finds nothing. The rules that build elements (a forum post rewritten as a comment, a section wrapped
/// round a thread) or set attributes make only what <see cref="Added"/> lists, which every page is taken to have; a rule
/// that makes something else lists it there too (the tests walk every answered query and fail on a miss). A mutation
/// observer would tell of each addition, but AngleSharp then records every removal too, seven times the removal's own
/// allocation. Names, and the three-letter runs of class attributes, are kept as bits of case-insensitive hashes (two
/// Bloom filters of 1 and 4 KB): a collision, too, can only make a query walk the page for nothing.
/// </summary>
internal sealed class PageFeatures
{
    /// <summary>The tags (as "&lt;div"), classes (".comment") and attributes ("[content") rules add to a page.</summary>
    private static readonly string[] Added = ["<div", "<p", "<span", "<br", ".comment", ".comments", ".replies", "[class", "[content", "[data-depth"];

    private static readonly ConditionalWeakTable<IDocument, PageFeatures> Pages = [];

    private readonly ulong[] _names = new ulong[128];
    private readonly ulong[] _classTrigrams = new ulong[512];

    private PageFeatures(IDocument document)
    {
        foreach (var feature in Added)
        {
            AddName(feature[0], feature.AsSpan(1));
            if (feature[0] == '.')
            {
                AddClassText(feature.AsSpan(1));
            }
        }

        if (document.DocumentElement is { } root)
        {
            foreach (var element in DocumentOrder.Elements(root))
            {
                NoteElement(element);
            }
        }
    }

    /// <summary>The features of the document an element or document belongs to; null for an element outside it.</summary>
    public static PageFeatures? Of(IParentNode scope)
    {
        if (scope is IDocument document)
        {
            return Pages.GetValue(document, page => new PageFeatures(page));
        }

        var node = (INode)scope;
        while (node.Parent is { } parent)
        {
            node = parent;
        }

        return node is IDocument owner ? Pages.GetValue(owner, page => new PageFeatures(page)) : null;
    }

    /// <summary>Whether the page may have a tag ("&lt;div"), class (".comment") or attribute ("[content"), written as in <see cref="Added"/>.</summary>
    public bool Has(string feature) => HasName(feature[0], feature.AsSpan(1));

    /// <summary>Whether some element's class attribute may hold the text, in any case: each of its three-letter runs is there.</summary>
    public bool HasClassText(string text)
    {
        for (var i = 0; i + 3 <= text.Length; i++)
        {
            var bit = Trigram(text, i) & (_classTrigrams.Length * 64 - 1);
            if ((_classTrigrams[bit >> 6] & (1UL << bit)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private void NoteElement(IElement element)
    {
        AddName('<', element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            AddName('[', attribute.LocalName);
        }

        if (element.GetAttribute("class") is not { Length: > 0 } classes)
        {
            return;
        }

        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
        {
            if (range.End.Value > range.Start.Value)
            {
                AddName('.', classes.AsSpan()[range]);
            }
        }

        AddClassText(classes);
    }

    private void AddClassText(ReadOnlySpan<char> classes)
    {
        for (var i = 0; i + 3 <= classes.Length; i++)
        {
            var bit = Trigram(classes, i) & (_classTrigrams.Length * 64 - 1);
            _classTrigrams[bit >> 6] |= 1UL << bit;
        }
    }

    private void AddName(char kind, ReadOnlySpan<char> name)
    {
        var (first, second) = NameBits(kind, name);
        _names[first >> 6] |= 1UL << first;
        _names[second >> 6] |= 1UL << second;
    }

    private bool HasName(char kind, ReadOnlySpan<char> name)
    {
        var (first, second) = NameBits(kind, name);
        return (_names[first >> 6] & (1UL << first)) != 0 && (_names[second >> 6] & (1UL << second)) != 0;
    }

    private (int First, int Second) NameBits(char kind, ReadOnlySpan<char> name)
    {
        var hash = (uint)HashCode.Combine(kind, string.GetHashCode(name, StringComparison.OrdinalIgnoreCase));
        var mask = _names.Length * 64 - 1;
        return ((int)(hash & mask), (int)((hash >> 16) & mask));
    }

    private static int Trigram(ReadOnlySpan<char> text, int at) =>
        (int)((char.ToUpperInvariant(text[at]) * 961u + char.ToUpperInvariant(text[at + 1]) * 31u + char.ToUpperInvariant(text[at + 2])) * 2654435761u >> 8);
}
