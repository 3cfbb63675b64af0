rm arbitrations/*.yaml
