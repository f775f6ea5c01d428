using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TaglineUnderMastheadTests
{
    private const string Post =
        "Friday, September 27, 2013\n\nFifteen minutes on the phone: what Obama's call to Rouhani does and doesn't change\n\n"
        + "So it was a phone call after all. After three days of will-they-won't-they at the UN, President Obama reached Hassan Rouhani by phone this afternoon.\n\n"
        + "The White House says the call lasted about fifteen minutes. It is the first direct conversation between the leaders of the two countries since 1979.\n";

    private static JsonElement Split(string text) => JsonDocument.Parse(LabelledPages.SplitAsJson(text, "page.txt")).RootElement;

    [Fact]
    public void A_blog_tagline_over_a_headline_longer_than_a_paragraph_line_is_no_body()
    {
        var root = Split("Foggy Bottom Dispatch\n\nDiplomacy, the State Department and the world as seen from 23rd and C Streets. Opinions are my own.\n\n" + Post);
        Assert.Equal("Fifteen minutes on the phone: what Obama's call to Rouhani does and doesn't change", root.GetProperty("title").GetString());
        Assert.StartsWith("So it was a phone call", root.GetProperty("body_paragraphs")[0].GetString());
    }

    [Fact]
    public void A_sentence_under_a_name_with_no_headline_under_it_is_the_text()
    {
        var lines = new PageLines(TextLine.Split(
            "Foggy Bottom Dispatch\n\nDiplomacy, the State Department and the world as seen from 23rd and C Streets. Opinions are my own.\n\n"
            + "So it was a phone call after all. After three days of will-they-won't-they at the UN, President Obama reached Hassan Rouhani by phone.\n"));
        Assert.False(TaglineUnderMasthead.Is(lines, 2, lines.Count, _ => true));
    }
}
