using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SaidSurnameTests
{
    [Theory]
    [InlineData("Rita Said", true)]
    [InlineData("Omar Said  ", true)]
    [InlineData("Rita said", false)]
    [InlineData("Rita said:", false)]
    [InlineData("Rita Said:", false)]
    [InlineData("Said", false)]
    [InlineData("the mayor Said", false)]
    public void Only_a_capitalised_said_ending_a_capitalised_name_line_is_the_surname(string header, bool surname) =>
        Assert.Equal(surname, SaidSurname.Ends(header));

    [Fact]
    public void A_says_header_with_a_colon_still_names_the_commenter_without_the_verb()
    {
        Assert.True(CommentLine.TryReadAuthor("Rita said:", out var author, out _, out _));
        Assert.Equal("Rita", author);
    }

    [Theory]
    [InlineData("Chioma Said", "Chioma Said")]
    [InlineData("Geir M. said", "Geir M.")]
    public void A_name_read_off_a_dated_header_keeps_a_capitalised_said(string name, string expected) =>
        Assert.Equal(expected, WroteVerbBeforeDate.Without(name));

    [Fact]
    public void A_commenter_named_said_over_the_date_keeps_the_surname()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Residents object to fuel station plan

            by Claire Azzopardi

            More than 300 residents have filed objections to a planning application for a fuel station on agricultural land outside the town.

            The local council has also objected, saying the locality already has three fuel stations within two kilometres of the site.

            Comments

            Joseph Camilleri
            26 Sep 2013, 18:12
            The policy was written for the petrol station owners.
            Reply | Report

            Rita Said
            26 Sep 2013, 20:21
            I live nearby. The valley floods every winter.
            Reply | Report
            """), "page.txt");

        Assert.Equal(["Joseph Camilleri", "Rita Said"], page.Comments.Select(comment => comment.Author));
    }
}
