using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LicenceNoticeParagraphTests
{
    private static ParsedPage Parse(string rel) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html lang="en"><head><title>Ferry timetable changes in June</title>
        <meta property="og:site_name" content="Harbour Notes"></head><body>
        <article><h1>Ferry timetable changes in June</h1><p class="date">March 15, 2019</p>
        <div class="entry-content"><p>The harbour's three ferries will sail on a new timetable from June, with a first crossing half an hour earlier than today.</p>
        <p>The operator said the change follows a survey of commuters, most of whom asked for an earlier boat to the mainland.</p>
        <p><a rel="{{rel}}" href="http://creativecommons.org/licenses/by-nc/4.0/"><img alt="Creative Commons License" src="https://example.org/88x31.png"></a><br>This work is licensed under a <a rel="{{rel}}" href="http://creativecommons.org/licenses/by-nc/4.0/">Creative Commons Attribution-NonCommercial 4.0 International License</a>.</p>
        </div></article></body></html>
        """), "ferries.html");

    [Fact]
    public void The_licence_notice_under_the_text_is_no_paragraph()
    {
        var page = Parse("license");
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("licensed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_above_it_stays()
    {
        var page = Parse("license");
        Assert.StartsWith("The harbour's three ferries", page.BodyParagraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("The operator said", page.BodyParagraphs[^1], StringComparison.Ordinal);
    }
}
