using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SingularTopicLabelTests
{
    [Fact]
    public void A_singular_topic_label_after_a_pipe_in_a_byline_row_names_the_storys_one_tag()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><header><p class=\"meta\">By <span><a rel=\"author\" href=\"/team/ann-lee/\">Ann Lee</a></span> for <a href=\"/blog/harbour/\">Harbour Log</a>"
            + " | <time datetime=\"2016-05-24 13:30:03\">May 24, 2016 -- 13:30 GMT (06:30 PDT)</time> | Topic: <a href=\"/topic/ferries/\">Ferries</a></p></header></body></html>");
        Assert.Equal(["Ferries"], LabelledTagLinks.Find(document));
    }

    [Theory]
    [InlineData("Topic:")]
    [InlineData(" topic: ")]
    public void The_word_with_its_colon_is_the_label(string label) => Assert.True(SingularTopicLabel.Is(label));

    [Theory]
    [InlineData("Topic")]
    [InlineData("Topical:")]
    [InlineData("Topic: Re: ferries")]
    public void The_word_without_its_colon_or_with_words_after_it_is_none(string label) => Assert.False(SingularTopicLabel.Is(label));

    [Fact]
    public void A_forum_subject_line_after_the_label_gives_no_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div class=\"thread\">Board | Topic: Re: the new ferry timetable, posted by <a href=\"/members/kw/\">kw</a></div></body></html>");
        Assert.Empty(LabelledTagLinks.Find(document));
    }
}
