using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewsletterSignUpSentenceTests
{
    private static ParsedPage Parse(string last) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry captain shares harbour photo | Harbour Post</title></head><body>
        <article><h1>Ferry captain shares harbour photo</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="article-content">
        <p>The island ferry captain shared a photo of the crowded quay on Monday, and fans wondered whether the regatta was back.</p>
        <p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
        <p>{{last}}</p>
        </div></article></body></html>
        """), "ferry.html");

    [Theory]
    [InlineData("<strong><em>Want more of the quay? <a href=\"/newsletter\">Sign up now for the </a></em>Harbour Post<em> newsletter packed with the latest ferry news, hot pics and more!</em></strong>")]
    [InlineData("Sign up for the Harbour Post newsletter to get every ferry story first!")]
    public void A_pitch_that_opens_a_sentence_with_sign_up_and_names_a_newsletter_is_no_paragraph(string pitch)
    {
        var page = Parse(pitch);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("The council sent residents a newsletter about the timetable, and many said they would sign up for the ferry club.")]
    [InlineData("Sign up numbers for the regatta doubled this year, the harbour master said, though the club still lacks volunteers.")]
    public void A_sentence_of_the_text_stays(string sentence)
    {
        var page = Parse(sentence);
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal(sentence, page.BodyParagraphs[2]);
    }
}
