namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;Ferry fares to rise in May&lt;/h1&gt;" in the story's header, og:title the same words, and further down a
/// home-page rail's card "&lt;h1&gt;Harbour wall repairs begin&lt;/h1&gt;&lt;div&gt;09.05.2020 12h42 Harbour Post&lt;/div&gt;"
/// signed by the same desk as the story: where a heading prints the metadata's headline word for word, page and
/// metadata agree on the headline, so a later headline over a byline (<see cref="HeadlineOverByline"/>) is another
/// story's card, not a fresher wording of this one.
/// </summary>
internal static class HeadlineShownVerbatim
{
    public static bool Is(string title, string shown) => shown.Length > 0 && string.Equals(title, shown, StringComparison.Ordinal);
}
