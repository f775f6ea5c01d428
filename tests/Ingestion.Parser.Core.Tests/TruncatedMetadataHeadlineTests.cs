using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TruncatedMetadataHeadlineTests
{
    [Theory]
    [InlineData("Mayor's budget plan should be required reading for the council's new finance...", "Mayor's budget plan should be required reading for the council's new finance chair | Harbor Post", "Mayor's budget plan should be required reading for the council's new finance chair")]
    [InlineData("Mayor's budget plan should be required reading for the council's new finance…", "Mayor's budget plan should be required reading for the council's new finance chair - Harbor Post", "Mayor's budget plan should be required reading for the council's new finance chair")]
    [InlineData("Waiting for...", "Waiting for Godot returns | City Stage", "Waiting for...")]
    [InlineData("Ferry service resumes after storm...", "Harbor Post | Ferry service resumes after storm damage", "Ferry service resumes after storm...")]
    [InlineData("Ferry service resumes after storm damage", "Ferry service resumes after storm damage to the pier | Harbor Post", "Ferry service resumes after storm damage")]
    public void A_headline_cut_with_an_ellipsis_takes_the_document_titles_whole_one(string headline, string documentTitle, string whole) =>
        Assert.Equal(whole, TruncatedMetadataHeadline.Completed(headline, documentTitle));
}
