using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BreadcrumbTrailHeadingTests
{
    private const string Page = """
        Never miss a new recipe! Sign up ●

        Harbour Kitchen

          • Home
          • Recipes
          • Navigation Menu: Social Icons

        TRAIL

        Oat Fudge Bites

        By Mara on 31. October, 2023 | 12 Comments.

        Jump to Recipe Pin Recipe

        These oat fudge bites have a soft cocoa centre and a crisp shell, and they keep for a week in the fridge, which makes them a good snack for school days.

        If you like fudge but not the sugar in it, these bites are sweetened with dates alone, and they take ten minutes to roll.
        """;

    private static string? Title(string trail) =>
        PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace("TRAIL", trail)), "fudge.txt").Title;

    [Fact]
    public void A_short_headline_under_a_trail_ending_with_it_is_the_title() =>
        Assert.Equal("Oat Fudge Bites", Title("Home » Vegan Desserts » Oat Fudge Bites"));

    [Fact]
    public void Under_a_trail_ending_elsewhere_the_short_line_is_no_headline() =>
        Assert.NotEqual("Oat Fudge Bites", Title("Home » Vegan Desserts » Cocoa Treats"));

    [Fact]
    public void The_last_crumb_must_follow_a_separator()
    {
        var lines = new PageLines(TextLine.Split("Home › Desserts › Oat Fudge Bites\n\nOat Fudge Bites\n\nAll about Oat Fudge Bites\nOat Fudge Bites"));

        Assert.True(BreadcrumbEchoedHeading.EchoesTrailAbove(lines, 2));
        Assert.False(BreadcrumbEchoedHeading.EchoesTrailAbove(lines, 5));
        Assert.False(BreadcrumbEchoedHeading.EchoesTrailAbove(lines, 0));
    }
}
