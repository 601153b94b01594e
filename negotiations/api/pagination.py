from rest_framework.pagination import PageNumberPagination


class ContractPagination(PageNumberPagination):
    """`?page=` and `?page_size=`; a page size above 200 is served as 200, and one that is not
    a positive number falls back to the default of 50."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    page_size_query_description = "Results per page: 1 to 200 (larger values give 200)."
