using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class JoinedArticleTagMetaTests
{
    [Fact]
    public void A_lone_meta_of_comma_parted_tags_is_the_list() =>
        Assert.Equal(["Inundaciones", "Guayas"], JoinedArticleTagMeta.Tags(["Inundaciones, Guayas"]));

    [Fact]
    public void Metas_one_a_tag_stay_as_they_are() =>
        Assert.Equal(["Flooding", "Harbor District"], JoinedArticleTagMeta.Tags(["Flooding", "Harbor District"]));

    [Theory]
    [InlineData("Rising waters, falling hopes: how the harbor district lost its pier")]
    [InlineData("Washington, we have a problem with how this city plans its ferry routes.")]
    [InlineData("Ferries")]
    public void A_lone_meta_that_is_one_tag_or_a_phrase_with_a_comma_stays_whole(string meta) =>
        Assert.Equal([meta], JoinedArticleTagMeta.Tags([meta]));

    [Fact]
    public void Slugs_joined_by_bare_commas_take_the_shown_tags_spelling()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <div class="cattag"><a href="/archives/tag/harbourlife" rel="tag">HarbourLife</a> <a href="/archives/tag/ferry" rel="tag">渡し船</a></div>
            """);
        Assert.Equal(["HarbourLife", "渡し船"], JoinedArticleTagMeta.Tags(["harbourlife,渡し船"], document.DocumentElement));
    }

    [Fact]
    public void Tags_joined_by_bare_commas_may_run_to_eight_words_each()
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p>x</p>");
        Assert.Equal(["Kỳ họp thứ 3 Hội đồng khóa 9", "Phí bến cảng", "Tin mới"],
            JoinedArticleTagMeta.Tags(["Kỳ họp thứ 3 Hội đồng khóa 9,Phí bến cảng,Tin mới"], document.DocumentElement));
    }

    [Fact]
    public void A_bare_comma_part_of_more_than_eight_words_keeps_the_meta_whole()
    {
        const string meta = "the harbour board voted on Tuesday to raise the ferry fares again,ferries";
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p>x</p>");
        Assert.Equal([meta], JoinedArticleTagMeta.Tags([meta], document.DocumentElement));
    }

    [Theory]
    [InlineData("2,000 passengers")]
    [InlineData("ferry,")]
    public void A_number_or_a_lone_part_before_a_bare_comma_is_no_list(string meta)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<p>x</p>");
        Assert.Equal([meta], JoinedArticleTagMeta.Tags([meta], document.DocumentElement));
    }
}
