using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RomanianDeLabelTests
{
    [Theory]
    [InlineData("de Andreea Stănescu", 3)]
    [InlineData("de Ion Popa   |   26 septembrie 2013, 17:42", 3)]
    [InlineData("de la Redacción", 0)]
    [InlineData("De acuerdo con el ministerio", 0)]
    [InlineData("De Gaulle", 0)]
    [InlineData("deAndreea", 0)]
    public void Only_a_lower_case_de_before_a_capital_is_the_label(string line, int length) =>
        Assert.Equal(length, RomanianDeLabel.Length(line));

    [Fact]
    public void The_labelled_line_names_the_writer() =>
        Assert.Equal(["Andreea Stănescu"], BylineParser.TryRead("de Andreea Stănescu"));
}
