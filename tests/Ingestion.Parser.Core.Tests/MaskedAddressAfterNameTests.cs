using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MaskedAddressAfterNameTests
{
    [Theory]
    [InlineData("~Anna (83.24.*.*)   26.09.2013, 18:55", "~Anna   26.09.2013, 18:55")]
    [InlineData("~gość (IP: 83.24.*.*)   26.09.2013, 18:31", "~gość   26.09.2013, 18:31")]
    [InlineData("~realista (*.*.*.*)   26.09.2013, 18:22", "~realista   26.09.2013, 18:22")]
    public void A_masked_address_in_brackets_is_dropped(string header, string expected) =>
        Assert.Equal(expected, MaskedAddressAfterName.Without(header));

    [Theory]
    [InlineData("~Anna (Radom)   26.09.2013, 18:55")]
    [InlineData("~Anna (83.24.11.7)   26.09.2013, 18:55")]
    [InlineData("Wynik 3.*5 (83 punkty) to dużo.")]
    [InlineData("Ceny.* (zobacz tabelę)")]
    public void Other_brackets_stay(string header) =>
        Assert.Same(header, MaskedAddressAfterName.Without(header));

    [Fact]
    public void A_guest_header_with_its_masked_address_names_the_guest()
    {
        Assert.True(CommentLine.TryReadAuthor("~Anna (83.24.*.*)   26.09.2013, 18:55", out var author, out var time, out _));
        Assert.Equal("Anna", author);
        Assert.Equal("2013-09-26T18:55:00", time?.ToIso());
    }

    [Fact]
    public void Guest_comments_with_masked_addresses_split_and_nest()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Pielęgniarki protestują przed ministerstwem

            Autor: Katarzyna Wolska
            Data publikacji: 26.09.2013, godz. 17:42

            Kilkaset pielęgniarek z całego kraju protestowało w czwartek przed Ministerstwem Zdrowia w Warszawie, domagając się podwyżek.

            Związkowcy zapowiadają, że jeśli minister nie spotka się z ich delegacją, w październiku przeprowadzą akcję strajkową.

            Opinie (3)

            ~gość (IP: 83.24.*.*)   26.09.2013, 18:04
            Moja żona jest pielęgniarką od 25 lat i zarabia 2100 na rękę. Wstyd.
            odpowiedz   zgłoś do usunięcia   +48 / -3

                ~Anna (178.36.*.*)   26.09.2013, 18:22
                A ile zarabia kasjerka w markecie? Wszyscy chcieliby więcej.
                odpowiedz   zgłoś do usunięcia   +5 / -31

            ~Piotr (83.24.*.*)   26.09.2013, 18:55
            Pielęgniarki wyjeżdżają do Niemiec i Norwegii.
            odpowiedz   zgłoś do usunięcia   +36 / -4
            """), "page.txt");

        Assert.Equal(["gość", "Anna", "Piotr"], page.Comments.Select(comment => comment.Author));
        Assert.Equal([null, 1, null], page.Comments.Select(comment => comment.Parent));
        Assert.Equal(["Pielęgniarki wyjeżdżają do Niemiec i Norwegii."], page.Comments[2].Paragraphs);
    }
}
