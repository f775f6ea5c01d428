using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BlogNameOverRepeatedTitleTests
{
    private static PageLines Lines(string text) => new(TextLine.Split(text));

    private const string Title = "Live: Harbor Music Awards winners and show highlights";

    [Fact]
    public void A_name_opening_the_page_over_a_headline_printed_twice_is_the_blogs() =>
        Assert.True(BlogNameOverRepeatedTitle.Is(Lines($"Marquee\n\n{Title}\nSeptember 29th, 2013\n08:05 PM ET\n\n{Title}\n\nText."), 0, 6));

    [Fact]
    public void A_label_over_a_headline_printed_once_is_no_blog_name() =>
        Assert.False(BlogNameOverRepeatedTitle.Is(Lines($"Politics\n\n{Title}\nSeptember 29th, 2013\n08:05 PM ET\n\nText of the story."), 0, 2));

    [Fact]
    public void A_label_under_other_lines_is_no_blog_name() =>
        Assert.False(BlogNameOverRepeatedTitle.Is(Lines($"Home | News | Sports\nMarquee\n\n{Title}\nSeptember 29th, 2013\n\n{Title}"), 1, 3));
}
