return function() end )
