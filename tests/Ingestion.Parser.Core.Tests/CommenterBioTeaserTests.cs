using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A reader's profile motto printed under the name link in the comment header is neither the name nor the text.</summary>
public class CommenterBioTeaserTests
{
    private static string Comment(string name, string bioClass, string motto, string fans, string age, string text) => $"""
        <div class="comment_item"><div class="comment_top"><div class="author_name">
        <a class="bold" href="/social/{name}?action=comments">{name}</a>
        <div class="{bioClass}">{motto}</div>
        <div class="author_fans"><a class="author_fans_count" href="/social/{name}">{fans} Fans</a></div>
        </div></div>
        <div class="comment_body"><div class="comment_time">{age}</div>
        {text}</div>
        <div class="comment_bottom"><a class="comment_permalink" href="#">Permalink</a> | <a href="#">Share it</a></div></div>
        """;

    private static ParsedPage Parse(string bioClass, params (string Name, string Motto, string Text)[] comments)
    {
        var thread = string.Concat(comments.Select((c, i) => Comment(c.Name, bioClass, c.Motto, (120 + i).ToString(), $"{i + 1} minutes ago (7:1{i} PM)", c.Text)));
        return PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
            <html><head><meta charset="utf-8"><title>Harbour ferry fares rise again</title></head>
            <body><div class="entry"><h1>Harbour ferry fares rise again</h1>
            <p>The harbour board voted on Tuesday to raise ferry fares for the second time this year, citing fuel costs.</p>
            <p>Commuters who cross twice a day will pay about forty dollars more each month under the new schedule.</p>
            </div>
            <div class="comments" id="comments_77"><ul class="comments_header"><li>Comments</li><li class="comments_count">3</li></ul>
            <div id="comments_inner_77">{thread}</div></div></body></html>
            """), "ferry.html", "text/html");
    }

    private static readonly (string, string, string)[] Thread =
    [
        ("quaysider", "Onward through the fog!", "Another rise and the service is no better than last winter."),
        ("Lantern Keeper", "They're Great", "Fuel costs fell in spring, so why are fares still climbing?"),
        ("tidewatch77", "I am smart so I must be a liberal", "I will be cycling over the bridge from now on."),
    ];

    [Theory]
    [InlineData("bio_teaser clearfix")]
    [InlineData("user-bio")]
    public void The_motto_under_the_name_is_no_part_of_the_comment(string bioClass)
    {
        var page = Parse(bioClass, Thread);
        Assert.Equal(["quaysider", "Lantern Keeper", "tidewatch77"], page.Comments.Select(c => c.Author));
        Assert.All(page.Comments, c => Assert.Single(c.Paragraphs));
        Assert.DoesNotContain(page.Comments.SelectMany(c => c.Paragraphs), p => p.Contains("fog", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_whose_class_only_contains_the_letters_stays() =>
        Assert.Contains(Parse("biography-link", Thread).Comments.SelectMany(c => c.Paragraphs.Prepend(c.Author ?? "")), p => p.Contains("They're Great", StringComparison.Ordinal)
            || p.Contains("fog", StringComparison.Ordinal));
}
