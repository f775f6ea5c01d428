using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ContinuedOnNextPageTests
{
    private static ParsedPage Parse(string pager) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html> <html> <head> <title>Is The Lighthouse Film Worth The Big Screen? - QUAYREEL</title>
        <meta value="QUAYREEL" name="og:site_name"><meta value="2016-12-21 21:46:48" name="article:published_time"></head> <body>
        <div id="wrap_left_content"><div class="partial content_story_meta_title"><div class="story_title"><h1> Is The Lighthouse Film Worth The Big Screen? </h1></div></div>
        <div class="partial content_story_meta_author"><span class="author"><a href="/author/ines-vale/"><span>By Ines Vale</span></a></span></div>
        <div class="partial content_story_pages_text"><p>What happens when you put a lighthouse keeper and a storm on one island for two hours? That is the question the film sets out to answer, and some cinemas will show it on their largest screens.</p></div>
        <div class="partial content_story_pages_text"><p>We will not be reviewing the film itself here. Instead, we look at whether the big screen is worth the extra money, or whether the living room will do just as well for a story this small.</p></div>
        <div class="partial content_story_pages_text"><p>The sea scenes are the best reason to go: the waves fill the whole wall, and the sound of the foghorn is felt as much as heard, which no television can match.</p></div>
        {{pager}}
        </div></body></html>
        """), "film.html");

    [Fact]
    public void The_link_to_the_second_page_is_no_paragraph()
    {
        var page = Parse("<div class=\"partial content_story_pages_break\"><div class=\"nextpage\"><a class=\"next-story\" href=\"/film?story_page=2\" rel=\"next\">Continued On Next Page &gt;</a></div></div>");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Next Page", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_speaks_of_the_next_page_stays()
    {
        const string sentence = "The keeper's log, which the film quotes, continues on the next page of his diary with the night the lamp went out.";
        var page = Parse($"<div class=\"partial content_story_pages_text\"><p>{sentence}</p></div>");

        Assert.Equal(sentence, page.BodyParagraphs[^1]);
    }
}
