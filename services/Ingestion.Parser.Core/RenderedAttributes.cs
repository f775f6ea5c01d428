using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// The attributes that decide how an element renders to lines, read in one pass over its attributes: AngleSharp's
/// GetAttribute lower-cases the asked name on every call, and rendering asked up to ten per element.
/// </summary>
internal readonly record struct RenderedAttributes(
    string? Class, bool Hidden, string? AriaHidden, string? Style, string? ItemProp, string? Property, string? Content, string? Title, string? DateTime, string? DataDepth)
{
    public static RenderedAttributes Of(IElement element)
    {
        string? className = null, ariaHidden = null, style = null, itemProp = null, property = null, content = null, title = null, dateTime = null, dataDepth = null;
        var hidden = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "class": className = attribute.Value; break;
                case "hidden": hidden = true; break;
                case "aria-hidden": ariaHidden = attribute.Value; break;
                case "style": style = attribute.Value; break;
                case "itemprop": itemProp = attribute.Value; break;
                case "property": property = attribute.Value; break;
                case "content": content = attribute.Value; break;
                case "title": title = attribute.Value; break;
                case "datetime": dateTime = attribute.Value; break;
                case "data-depth": dataDepth = attribute.Value; break;
                default: break;
            }
        }

        return new RenderedAttributes(className, hidden, ariaHidden, style, itemProp, property, content, title, dateTime, dataDepth);
    }

    /// <summary>The class names, as the class list holds them; empty ranges between repeated spaces are to be skipped.</summary>
    public MemoryExtensions.SpanSplitEnumerator<char> ClassNames() => Class.AsSpan().SplitAny(" \t\n\r\f");

    public string? FirstClass()
    {
        foreach (var range in ClassNames())
        {
            if (Class.AsSpan(range) is { IsEmpty: false } name)
            {
                return name.ToString();
            }
        }

        return null;
    }
}
