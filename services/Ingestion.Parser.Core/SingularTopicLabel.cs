namespace Ingestion.Parser.Core;

/// <summary>
/// "By &lt;a&gt;Name&lt;/a&gt; for &lt;a&gt;Blog&lt;/a&gt; | &lt;time&gt;…&lt;/time&gt; | Topic: &lt;a href="/topic/ferries/"&gt;Ferries&lt;/a&gt;": a
/// byline row that names the story's one topic labels it in the singular, after a pipe, with its colon (CBS
/// Interactive's tech sites, 2014–2017). The link after it is the story's tag, as after "Topics:". Only the word with
/// its colon counts ("topic" alone is a sentence's word), and only over links alone, as every tag label is read: a
/// forum's subject line ("Topic: Re: …") holds words, no row of links.
/// </summary>
internal static class SingularTopicLabel
{
    private const string Label = "Topic:";

    /// <summary>Whether <paramref name="label"/>, trimmed, is "Topic:" with its colon.</summary>
    public static bool Is(ReadOnlySpan<char> label) => label.Trim().Equals(Label, StringComparison.OrdinalIgnoreCase);
}
