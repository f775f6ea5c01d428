using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Tags: Lakefront Trail City Council Cedar Point Bicycling Parks": a row of tag links run together with single spaces.</summary>
public class SpaceRunTagsTests
{
    private const string Page = """
        Lakefront Trail extension wins council backing over parking worries

        By Dana Kessler

        March 12, 2013 6:15 PM

        The City Council voted 7-2 on Tuesday to extend the Lakefront Trail north through Cedar Point, closing the last gap in the path.

        The parks department will hold two design workshops before the plans are finalized, and bicycling groups said they would turn out.

        {0}
        """;

    private static ParsedPage Parse(string tagLine) => PageParser.Parse(Encoding.UTF8.GetBytes(Page.Replace("{0}", tagLine)), "page.txt");

    [Fact]
    public void Capitalised_words_are_grouped_by_the_phrases_the_text_prints()
    {
        Assert.Equal(["Lakefront Trail", "City Council", "Cedar Point", "Bicycling", "Parks"], Parse("Tags: Lakefront Trail City Council Cedar Point Bicycling Parks").Tags);
    }

    [Fact]
    public void A_row_read_as_one_tag_is_split_where_the_text_prints_its_phrases()
    {
        Assert.Equal(["trail", "City Council", "parking"], Parse("Topics: trail City Council parking").Tags);
    }

    [Fact]
    public void A_row_with_marks_between_its_tags_is_read_as_marked()
    {
        Assert.Equal(["Lakefront", "Trail", "Parks"], Parse("Tags: Lakefront, Trail, Parks").Tags);
    }

    [Fact]
    public void A_row_in_which_the_text_prints_no_phrase_stays_as_read()
    {
        Assert.Equal(["Stand by Me remake"], Parse("Tags: Stand by Me remake").Tags);
        Assert.Equal(["Energie", "Gaswinning", "Groningen"], Parse("Tags: Energie Gaswinning Groningen").Tags);
    }

    [Fact]
    public void A_phrase_of_the_text_may_not_open_or_close_a_tag_with_a_joining_word()
    {
        // "the parks" is printed, but a tag opening with "the" is none; "parks department" is a phrase of the text.
        Assert.Equal(["trail", "parks department"], Parse("Topics: trail parks department").Tags);
    }
}
